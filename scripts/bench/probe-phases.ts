// temporary probe (deleted before hand-off)
import { launchChromium } from '../../main/export/chromium-launch';
import { HEADLESS_ORIGIN as RENDERER_ORIGIN, serveRenderer } from '../../main/export/serve-renderer';
import { readMemberList } from '../../main/members/read-member-list';
import { BUILT_RENDERER_DIR, BUNDLED_CAMPAIGNS_DIR } from '../../main/paths';
import { loadCampaignArg } from '../../main/cli/load-campaign-arg';
import { composeForMembers } from '../../main/cli/export-letters';

import type { PrintPageGlobal } from '../../shared/letter/print-page';

const n = Number(process.argv[2] ?? 500);
let t = performance.now();
const lap = (name: string) => { const now = performance.now(); console.log(name, (now - t).toFixed(0)); t = now; };
const campaign = await loadCampaignArg('azerbaijan-2020-nagorno-karabakh', undefined, BUNDLED_CAMPAIGNS_DIR);
const profiles = (await readMemberList('/tmp/probe/m500.csv')).members.map((m) => m.member).slice(0, n);
const letters = composeForMembers(campaign, profiles, { lang: 'en', salutation: 1, layout: 'ch-right', withCopies: false }, '2026-11-20');
lap('compose');
const browser = await launchChromium();
lap('launch');
const context = await browser.newContext();
const page = await context.newPage();
await serveRenderer(page, BUILT_RENDERER_DIR);
await page.goto(`${RENDERER_ORIGIN}/print.html`);
await page.waitForFunction(() => 'appealPrint' in globalThis);
lap('goto');
const pages = await page.evaluate(([docs]) => (globalThis as unknown as PrintPageGlobal).appealPrint.render(docs, {}), [letters] as const);
lap('render ' + pages);
const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
lap('pdf ' + pdf.length);
await browser.close();
lap('close');
