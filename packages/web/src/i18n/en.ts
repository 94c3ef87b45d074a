/**
 * The English messages: the reference dictionary. Every other language is typed as
 * `Messages` (the same keys), so a key missing there fails the typecheck. `{name}` is a
 * parameter; numbers given as parameters are formatted in the active locale.
 *
 * Keys are grouped by the part of the app that owns them: `common.`, `nav.`, `shell.`,
 * `signIn.`, `workspace.`, `screen.<id>.`, `error.`, `problem.<code>`, `job.`. A screen adds
 * its own `screen.<id>.` keys here and in zh-CN.ts.
 */

import { accountsMessages } from './screens/accounts';
import { agreementDetailMessages } from './screens/agreement-detail';
import { agreementsMessages } from './screens/agreements';
import { amendmentDraftsMessages } from './screens/amendment-drafts';
import { criteriaMessages } from './screens/criteria';
import { dashboardMessages } from './screens/dashboard';
import { evidenceMessages } from './screens/evidence';
import { networkMessages } from './screens/network';
import { partnerRunningMessages } from './screens/partner-running';
import { partnerSeatMessages } from './screens/partner-seat';
import { partnersMessages } from './screens/partners';
import { planActualMessages } from './screens/plan-actual';
import { portfolioMessages } from './screens/portfolio';
import { rankingMessages } from './screens/ranking';
import { reviewSettingsMessages } from './screens/review-settings';
import { risksMessages } from './screens/risks';
import { seedExampleMessages } from './screens/seed-example';

/** Each screen keeps its own messages in ./screens/<screen>.ts; they are merged here. */
const screenEn = {
  ...accountsMessages.en,
  ...dashboardMessages.en,
  ...partnersMessages.en,
  ...partnerRunningMessages.en,
  ...agreementsMessages.en,
  ...agreementDetailMessages.en,
  ...partnerSeatMessages.en,
  ...amendmentDraftsMessages.en,
  ...reviewSettingsMessages.en,
  ...planActualMessages.en,
  ...criteriaMessages.en,
  ...rankingMessages.en,
  ...portfolioMessages.en,
  ...networkMessages.en,
  ...evidenceMessages.en,
  ...seedExampleMessages.en,
  ...risksMessages.en,
} as const;

export const en = {
  ...screenEn,
  'app.name': 'Partnerfolio',
  'app.tagline': 'Choose, run and leave partnerships well.',

  'common.loading': 'Loading…',
  'common.retry': 'Try again',
  'common.cancel': 'Cancel',
  'common.close': 'Close',
  'common.create': 'Create',
  'common.save': 'Save',
  'common.reload': 'Reload the page',
  'common.labelled': '{context}: {label}',
  'common.details': 'Details',

  'language.label': 'Language',
  'language.en': 'English',
  'language.zh-CN': '简体中文',

  'theme.label': 'Theme',
  'theme.system': 'System',
  'theme.light': 'Light',
  'theme.dark': 'Dark',

  'role.owner': 'Owner',
  'role.editor': 'Editor',
  'role.viewer': 'Viewer',

  'nav.label': 'Main navigation',
  'nav.collapse': 'Collapse the navigation',
  'nav.expand': 'Expand the navigation',
  'nav.dashboard': 'Dashboard',
  'nav.partners': 'Partners',
  'nav.agreements': 'Agreements',
  'nav.reviewSettings': 'Review rules',
  'nav.criteria': 'Selection standard',
  'nav.ranking': 'Ranking',
  'nav.portfolio': 'Portfolio',
  'nav.network': 'Network',
  'nav.seedExample': 'Seed example',
  'nav.evidence': 'Evidence',
  'nav.risks': 'Risks',

  'shell.skipToContent': 'Skip to the main content',
  'shell.workspace': 'Workspace',
  'shell.workspaceRole': '{name} ({role})',
  'shell.newWorkspace': 'New workspace',
  'shell.account': 'Signed in as {email}',
  'shell.signOut': 'Sign out',
  'shell.signingOut': 'Signing out…',

  'signIn.title': 'Sign in',
  'signIn.subtitle': 'Sign in to your Partnerfolio workspace.',
  'signIn.email': 'Email',
  'signIn.password': 'Password',
  'signIn.submit': 'Sign in',
  'signIn.emailRequired': 'Enter your email address.',
  'signIn.passwordRequired': 'Enter your password.',
  'signIn.sessionExpired': 'Your session has ended. Sign in again to go on.',
  'signIn.noAccount':
    'No account yet? An administrator creates one with: partnerfolio user add --email … --password …',

  'workspace.createTitle': 'Create a workspace',
  'workspace.name': 'Name',
  'workspace.nameHelp': 'Shown in the workspace switcher, e.g. “AI partnerships 2026”.',
  'workspace.slug': 'Short name (in links)',
  'workspace.slugHelp': '2–63 lower-case letters, digits and dashes, e.g. ai-2026.',
  'workspace.nameRequired': 'Enter a name.',
  'workspace.slugInvalid': 'Use 2–63 lower-case letters, digits and dashes.',
  'workspace.created': 'Workspace “{name}” created.',
  'workspace.noneTitle': 'You have no workspace yet',
  'workspace.noneDescription':
    'A workspace holds one partner portfolio: its partners, selection standard and scenarios.',
  'workspace.noneStepCreate': 'Create a workspace: you become its owner.',
  'workspace.noneStepImport':
    'Import partners from a spec file, CSV or XLSX, or add them one by one.',
  'workspace.noneStepInvite': 'Or ask an owner of an existing workspace to add you.',
  'workspace.notFound': 'The workspace “{slug}” does not exist or you are not a member.',

  'emptyState.next': 'What to do next',

  'screen.dashboard.description':
    'Portfolio value S and its distribution, partners by kind and status, resource use, upcoming reviews and alerts.',
  'screen.partners.description':
    'Every candidate and partner: search, filter, edit, import and export.',
  'screen.criteria.description':
    'The criteria and their weights, set directly or by pairwise comparison (AHP).',
  'screen.ranking.description':
    'Rank the partners by weighted sum or TOPSIS, and see how stable the ranking is.',
  'screen.portfolio.description':
    'Choose the best portfolio under your constraints, and test it with Monte Carlo.',
  'screen.network.description':
    'What the running portfolio can do, what it lacks, who it hangs on, and who could fill a gap.',
  'screen.seedExample.description':
    'The source document’s A, B, C example, with the corrected figures.',

  'error.title': 'Something went wrong',
  'error.description':
    'This part of the page failed. Reload it; if it fails again, tell us what you did.',
  'error.notFoundTitle': 'Page not found',
  'error.notFoundDescription': 'There is no page at this address.',
  'error.backHome': 'Go to the start page',

  'problem.network': 'The server cannot be reached. Check your connection and try again.',
  'problem.unknown': 'The server answered with an error ({status}).',
  'problem.invalid_request': 'The request is not valid.',
  'problem.malformed_body': 'The request could not be read.',
  'problem.unauthenticated': 'Sign in to go on.',
  'problem.invalid_credentials': 'Wrong email or password.',
  'problem.forbidden': 'Your role does not allow this.',
  'problem.csrf': 'Your session needs refreshing. Reload the page.',
  'problem.not_found': 'Not found.',
  'problem.conflict': 'Someone changed this since you opened it. Reload to see the latest.',
  'problem.duplicate': 'It already exists.',
  'problem.unprocessable': 'The data is not valid.',
  'problem.invalid_spec': 'The portfolio spec is not valid.',
  'problem.invalid_input': 'The job was given input it cannot read.',
  'problem.payload_too_large': 'The file or request is too large.',
  'problem.rate_limited': 'Too many attempts. Wait a minute and try again.',
  'problem.internal': 'The server failed. The log has the details.',
  'problem.unavailable': 'The service is unavailable. Try again shortly.',

  'job.label': 'Progress of the calculation',
  'job.queued': 'Waiting to start…',
  'job.running': 'Running: {percent}',
  'job.done': 'Done',
  'job.failed': 'Failed: {message}',
  'job.cancelled': 'Cancelled',
  'job.cancel': 'Cancel',
  'job.cancelling': 'Cancelling…',
  'job.reconnecting': 'Connection lost; reconnecting…',
} as const;

export type MessageKey = keyof typeof en;

/** A dictionary: every key of the English one, each a string. */
export type Messages = { readonly [K in MessageKey]: string };
