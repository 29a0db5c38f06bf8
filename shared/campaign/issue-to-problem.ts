import type { z } from 'zod';
import { isJsonObject } from './json-object';
import { problem, shownValue, type Problem, type ProblemKey, type ProblemParams } from './problem';

/**
 * Translates the first zod issue of a campaign into words a member understands: which part of
 * the campaign (the recipient, copy recipient 2, the letter in French …) and what is wrong with
 * it. campaignSchema stays the one definition of a valid campaign; this only names its issues.
 */
export function problemFromIssue(issue: z.core.$ZodIssue, campaign: unknown): Problem {
  const value = valueAt(campaign, issue.path);
  const [field, ...rest] = issue.path;
  switch (field) {
    case 'id':
      return isMissing(value) ? problem('idMissing') : problem('idInvalid', { value: shownValue(value) });
    case 'revision':
      return problem('revisionInvalid', { value: shownValue(value) });
    case 'publisher':
      return problem(isMissing(value) ? 'publisherMissing' : 'publisherInvalid');
    case 'published':
      if (isMissing(value)) return problem('publishedMissing');
      return problem(looksLikeIsoDate(value) ? 'publishedNotADay' : 'publishedInvalid', { value: shownValue(value) });
    case 'deadline':
      return problem(looksLikeIsoDate(value) ? 'deadlineNotADay' : 'deadlineInvalid', { value: shownValue(value) });
    case 'country':
      return problem('countryInvalid');
    case 'countryCode':
      return problem('countryCodeInvalid', { value: shownValue(value) });
    case 'recipient':
      return personProblem('recipient', {}, rest, value);
    case 'copies': {
      const [index, ...inPerson] = rest;
      if (typeof index !== 'number') return problem('copiesInvalid');
      return personProblem('copy', { number: index + 1 }, inPerson, value);
    }
    case 'languages':
      return languagesProblem(issue, rest, value);
    default:
      return problem('campaignInvalid');
  }
}

type Path = readonly PropertyKey[];

/** The most lines an address may have (campaign-format.md; personSchema's `max(6)`). */
const MAX_ADDRESS_LINES = 6;

function personProblem(place: 'recipient' | 'copy', params: ProblemParams, path: Path, value: unknown): Problem {
  const [field, line] = path;
  const missingOr = (missing: ProblemKey, invalid: ProblemKey) => problem(isMissing(value) ? missing : invalid, params);
  const recipient = place === 'recipient';
  switch (field) {
    case undefined:
      return recipient ? missingOr('recipientMissing', 'recipientInvalid') : problem('copyInvalid', params);
    case 'role':
      if (isMissing(value)) return problem(recipient ? 'recipientRoleMissing' : 'copyRoleMissing', params);
      return problem(recipient ? 'recipientRoleInvalid' : 'copyRoleInvalid', { ...params, value: shownValue(value) });
    case 'gender':
      if (isMissing(value)) return problem(recipient ? 'recipientGenderMissing' : 'copyGenderMissing', params);
      return problem(recipient ? 'recipientGenderInvalid' : 'copyGenderInvalid', { ...params, value: shownValue(value) });
    case 'name':
      return recipient
        ? missingOr('recipientNameMissing', 'recipientNameInvalid')
        : missingOr('copyNameMissing', 'copyNameInvalid');
    case 'familyName':
      return recipient
        ? missingOr('recipientFamilyNameMissing', 'recipientFamilyNameInvalid')
        : missingOr('copyFamilyNameMissing', 'copyFamilyNameInvalid');
    case 'address':
      return addressProblem(recipient, params, line, value);
    default:
      return recipient ? problem('recipientInvalid') : problem('copyInvalid', params);
  }
}

function addressProblem(recipient: boolean, params: ProblemParams, line: PropertyKey | undefined, value: unknown): Problem {
  if (typeof line === 'number') {
    const lineParams = { ...params, line: line + 1 };
    if (isMissing(value)) return problem(recipient ? 'recipientAddressEmptyLine' : 'copyAddressEmptyLine', lineParams);
    return problem(recipient ? 'recipientAddressInvalid' : 'copyAddressInvalid', params);
  }
  if (isMissing(value)) return problem(recipient ? 'recipientAddressMissing' : 'copyAddressMissing', params);
  if (Array.isArray(value) && value.length > MAX_ADDRESS_LINES) {
    const tooLong = { ...params, lines: value.length, max: MAX_ADDRESS_LINES };
    return problem(recipient ? 'recipientAddressTooLong' : 'copyAddressTooLong', tooLong);
  }
  return problem(recipient ? 'recipientAddressInvalid' : 'copyAddressInvalid', params);
}

const OPTIONAL_LETTER_TEXTS: Record<string, ProblemKey> = {
  summary: 'letterSummaryInvalid',
  subject: 'letterSubjectInvalid',
  footer: 'letterFooterInvalid',
  postage: 'letterPostageInvalid',
};

function languagesProblem(issue: z.core.$ZodIssue, path: Path, value: unknown): Problem {
  const [code, field, index, part] = path;
  if (code === undefined) {
    if (value === undefined || value === null) return problem('languagesMissing');
    return problem(isJsonObject(value) && Object.keys(value).length === 0 ? 'languagesEmpty' : 'languagesInvalid');
  }
  if (issue.code === 'invalid_key') return problem('languageCodeInvalid', { code: shownValue(code) });
  // Quoted like any value from the file: a hostile key may be long or carry control characters.
  const params: ProblemParams = { language: shownValue(String(code)) };
  const missingOr = (missing: ProblemKey, invalid: ProblemKey) => problem(isMissing(value) ? missing : invalid, params);
  // Any text of the letter over letterTextSchema's limit (title, body, a closing …): one plain
  // sentence, since "not written correctly" would send the sender looking for a typo.
  if (issue.code === 'too_big' && issue.origin === 'string') return problem('letterTooLong', params);
  switch (field) {
    case undefined:
      return problem('letterInvalid', params);
    case 'title':
      return missingOr('letterTitleMissing', 'letterTitleInvalid');
    case 'body':
      return missingOr('letterBodyMissing', 'letterBodyInvalid');
    case 'salutations':
      return salutationsProblem(params, index, part, value);
    default: {
      const key = typeof field === 'string' ? OPTIONAL_LETTER_TEXTS[field] : undefined;
      return problem(key ?? 'letterInvalid', params);
    }
  }
}

function salutationsProblem(
  params: ProblemParams,
  index: PropertyKey | undefined,
  part: PropertyKey | undefined,
  value: unknown,
): Problem {
  if (typeof index !== 'number') {
    return problem(Array.isArray(value) && value.length === 0 ? 'salutationsEmpty' : 'salutationsInvalid', params);
  }
  const pairParams = { ...params, number: index + 1 };
  switch (part) {
    case 'salutation':
      return problem(isMissing(value) ? 'salutationMissing' : 'salutationInvalid', pairParams);
    case 'closing':
      return problem(isMissing(value) ? 'closingMissing' : 'closingInvalid', pairParams);
    default:
      return problem('salutationPairInvalid', pairParams);
  }
}

/** Absent, or present but blank: "has no name" rather than "the name is not written correctly". */
function isMissing(value: unknown): boolean {
  if (value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  return Array.isArray(value) && value.length === 0;
}

/** Shaped like YYYY-MM-DD, so if it was refused, the day does not exist (e.g. 2021-02-30). */
function looksLikeIsoDate(value: unknown): boolean {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
}

function valueAt(root: unknown, path: Path): unknown {
  let value = root;
  for (const step of path) {
    if (typeof value !== 'object' || value === null || typeof step === 'symbol') return undefined;
    if (!Object.hasOwn(value, step)) return undefined;
    value = (value as Record<string | number, unknown>)[step];
  }
  return value;
}
