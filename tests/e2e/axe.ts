import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** The WCAG levels the audit checks: everything up to 2.2 AA. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Violations at these impacts fail the audit; minor and moderate ones are reported only. */
const FAILING_IMPACTS = new Set(['serious', 'critical']);

/** One axe violation, written out so a failing test says what, where and why. */
function describe(violation: {
  id: string;
  impact?: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}): string {
  const nodes = violation.nodes
    .map(
      (node) =>
        `    at ${JSON.stringify(node.target)}\n      ${(node.failureSummary ?? '').replace(/\n/g, '\n      ')}`,
    )
    .join('\n');
  return `[${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help}\n${nodes}`;
}

/**
 * Runs axe-core on the page as it is now and fails on any serious or critical WCAG 2.2 AA violation,
 * printing each one with its elements and the reason. `screen` names the state in the failure message.
 */
export async function expectNoSeriousViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const failing = results.violations.filter((violation) => FAILING_IMPACTS.has(violation.impact ?? ''));
  const minor = results.violations.filter((violation) => !FAILING_IMPACTS.has(violation.impact ?? ''));
  if (minor.length > 0) console.log(`axe, ${screen}: minor issues\n${minor.map(describe).join('\n')}`);
  expect(
    failing.map(describe).join('\n\n'),
    `serious or critical accessibility violations on ${screen}`,
  ).toBe('');
}
