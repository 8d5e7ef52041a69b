import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

/** The rules the site is held to: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/**
 * What axe-core finds wrong with the page as it is now (a state reached by typing or
 * clicking counts as much as a freshly loaded page), one line per rule and the elements
 * it failed on, each line starting with `label` so that a report says which state it was.
 */
export async function axeViolations(page: Page, label: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze()
  return results.violations.map((violation) => `${label}: axe ${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
}
