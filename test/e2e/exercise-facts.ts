import { expect, type Page } from '@playwright/test';

/** Per fact list (an exercise card's or an exercise page's): each fact's label, box and the tops of its term and value. */
export async function readFacts(page: Page, listSelector: string) {
  return page.locator(listSelector).evaluateAll((lists) =>
    lists.map((list) =>
      [...list.querySelectorAll(':scope > div')].map((fact) => {
        const box = fact.getBoundingClientRect();
        return {
          label: fact.querySelector('dt')?.textContent.trim() ?? '',
          top: box.top,
          bottom: box.bottom,
          termTop: fact.querySelector('dt')?.getBoundingClientRect().top ?? Number.NaN,
          valueTop: fact.querySelector('dd')?.getBoundingClientRect().top ?? Number.NaN,
        };
      }),
    ),
  );
}

/** Facts side by side (their boxes overlap vertically) start at the same height, and so do a term and its value. */
export function expectAligned(lists: Awaited<ReturnType<typeof readFacts>>, expectedOnFirstLine: string[]): void {
  expect(lists.length).toBeGreaterThan(0);
  for (const facts of lists) {
    const first = facts[0];
    const firstLine = facts.filter((fact) => first && fact.top < first.bottom && first.top < fact.bottom);
    expect(firstLine.map((fact) => fact.label)).toEqual(expect.arrayContaining(expectedOnFirstLine));
    for (const fact of facts) {
      expect(Math.abs(fact.termTop - fact.valueTop), `${fact.label}: term and value`).toBeLessThanOrEqual(1);
      for (const other of facts) {
        if (other === fact || other.top >= fact.bottom || fact.top >= other.bottom) continue;
        expect(Math.abs(other.top - fact.top), `${fact.label} and ${other.label} on one line`).toBeLessThanOrEqual(1);
      }
    }
  }
}
