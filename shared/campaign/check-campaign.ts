import { campaignSchema, languageCodeSchema, SUPPORTED_FORMAT_VERSION, type Campaign } from './schema';
import { unknownFields } from './template';
import { problemFromIssue } from './issue-to-problem';
import { problem, shownValue, type Problem } from './problem';
import { textSafetyProblem } from './text-safety';

export type CheckResult = { ok: true; campaign: Campaign } | { ok: false; problem: Problem };

/**
 * Checks one campaign object (already known to say `"format": "appeal-letters/campaign"`).
 * On success the campaign is returned exactly as given, not as zod's output: zod trims strings,
 * and the library must keep and export what the author wrote.
 */
export function checkCampaign(candidate: Record<string, unknown>): CheckResult {
  const versionProblem = formatVersionProblem(candidate.formatVersion);
  if (versionProblem) return { ok: false, problem: versionProblem };

  const parsed = campaignSchema.safeParse(candidate);
  if (!parsed.success) {
    const [first] = parsed.error.issues;
    return { ok: false, problem: first ? problemFromIssue(first, candidate) : problem('campaignInvalid') };
  }
  // zod's record skips a "__proto__" key instead of checking it; the file keeps it, so check here.
  const oddCode = Object.keys(candidate.languages as object).find((code) => !languageCodeSchema.safeParse(code).success);
  if (oddCode !== undefined) return { ok: false, problem: problem('languageCodeInvalid', { code: shownValue(oddCode) }) };
  for (const [language, letter] of Object.entries(parsed.data.languages)) {
    const [field] = unknownFields(letter.body);
    if (field !== undefined) return { ok: false, problem: problem('unknownField', { field, language }) };
  }
  const unsafe = textSafetyProblem(candidate, parsed.data);
  if (unsafe) return { ok: false, problem: unsafe };
  return { ok: true, campaign: candidate as Campaign };
}

/**
 * Checked before anything else: a newer format may have changed any field, so its other
 * "mistakes" would only confuse.
 */
export function formatVersionProblem(formatVersion: unknown): Problem | undefined {
  if (formatVersion === SUPPORTED_FORMAT_VERSION) return undefined;
  if (typeof formatVersion === 'number' && Number.isInteger(formatVersion) && formatVersion > SUPPORTED_FORMAT_VERSION) {
    return problem('fileNewerVersion');
  }
  return problem('fileVersionInvalid');
}
