/** Messages as codes with values, their English, and every code core can produce. */
export type {
  ExactParam,
  Message,
  MessageJoin,
  MessageList,
  MessageParam,
  MoneyParam,
  PercentParam,
} from '../util/message.js';
export { isMessage, isMessageList, MESSAGE_JOINS } from '../util/message.js';
export { MESSAGE_CODES, messageParamNames, renderEnglish } from './english.js';
export { formatValue, type ScalarParam } from './format-value.js';
export { ISSUE_PARAMS, type IssueCodeWithParams } from './issue-params.js';
export { type RouteIssue, routeIssue } from './zod-issue-codes.js';
