/** How accounts appear in answers: never a password hash, a token hash or an internal id. */
import type { ApiToken } from '../auth/api-tokens.js';
import type { Member, MemberWorkspace } from '../auth/memberships.js';
import type { User } from '../auth/users.js';

export const presentUser = (user: User) => ({
  email: user.email,
  name: user.name,
  createdAt: user.createdAt,
});

export const presentToken = (token: ApiToken) => ({
  id: token.id,
  name: token.name,
  createdAt: token.createdAt,
  lastUsedAt: token.lastUsedAt,
  expiresAt: token.expiresAt,
  scope: token.scope,
  workspace: token.workspace,
});

export const presentMember = (member: Member) => ({
  email: member.email,
  name: member.name,
  role: member.role,
  since: member.since,
  partner: member.partnerKey,
});

export const presentMemberWorkspace = (w: MemberWorkspace) => ({
  slug: w.slug,
  name: w.name,
  role: w.role,
  // A partner's contact is told which partner it speaks for (its party on agreements).
  ...(w.partner === undefined ? {} : { partner: w.partner }),
});
