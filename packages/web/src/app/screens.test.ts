import { describe, expect, it } from 'vitest';
import { PARTNER_HOME_SCREEN, screensFor } from './screens';

describe('the navigation by role', () => {
  it('shows a partner’s contact only its portal, and the team everything but the portal', () => {
    expect(screensFor('partner').map((s) => s.path)).toEqual([PARTNER_HOME_SCREEN]);
    const team = screensFor('viewer').map((s) => s.path);
    expect(team).toContain('members');
    expect(team).toContain('dashboard');
    expect(team).not.toContain('portal');
  });
});
