import { parseSpecText } from '@partnerfolio/core';
import type { Db } from '../../db/connect.js';
import { DEMO_SPEC_TEXT } from '../../engine/test-support/demo-portfolio.js';
import { replaceWorkspaceFromSpec } from '../../store/spec-io.js';
import { getWorkspaceBySlug } from '../../store/workspaces.js';

/** Fills the workspace `slug` with the demo spec (examples/demo.yaml, or the text given). */
export async function loadDemoSpec(db: Db, slug: string, text = DEMO_SPEC_TEXT): Promise<string> {
  const parsed = parseSpecText(text, { format: 'yaml' });
  if (!parsed.ok) throw new Error('the demo spec is not valid');
  const workspace = await getWorkspaceBySlug(db, slug);
  await replaceWorkspaceFromSpec(db, workspace.id, parsed.value.spec, 'test');
  return workspace.id;
}
