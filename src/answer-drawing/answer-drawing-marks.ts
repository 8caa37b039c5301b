/**
 * Which verdict a drawn element shows, given the marks a grading report left on JSON pointers. Criteria point at
 * items (`/calls/0`), at fields inside them (`/calls/0/style`) and at whole lists (`/calls`), so an element takes
 * its own mark first, then the worst mark on its fields, then the mark of the nearest list or object around it.
 */

/** How a part of the answer fared in grading. */
export type DiagramMark = 'pass' | 'fail' | 'partial';

const SEVERITY: Readonly<Record<DiagramMark, number>> = { pass: 0, partial: 1, fail: 2 };

function isMark(value: unknown): value is DiagramMark {
  return value === 'pass' || value === 'fail' || value === 'partial';
}

function worse(a: DiagramMark | undefined, b: DiagramMark): DiagramMark {
  return a === undefined || SEVERITY[b] > SEVERITY[a] ? b : a;
}

/** Looks marks up for drawn elements. */
export class MarkLookup {
  private readonly marks: ReadonlyArray<readonly [string, DiagramMark]>;

  constructor(marks: ReadonlyMap<string, DiagramMark> | undefined) {
    // Only the three verdicts are drawn; anything else a caller passes (such as `not-graded`) is left out. The root
    // pointer is left out too: a mark on the whole answer says nothing about any one element.
    this.marks = marks ? [...marks].filter(([pointer, mark]) => pointer !== '' && isMark(mark)) : [];
  }

  /**
   * The mark of the element drawn for `item` (a pointer such as `/events/1`). `part` narrows it to one entry inside
   * the item (`/events/1/consumers/2` for one consumer's edge): marks on that entry come first, and marks on the
   * item's other entries of the same list are not taken.
   */
  find(item: string | undefined, part?: string): DiagramMark | undefined {
    if (item === undefined || this.marks.length === 0) return undefined;
    if (part !== undefined) {
      const onPart = this.exact(part) ?? this.within(part);
      if (onPart) return onPart;
    }
    const siblings = part === undefined ? undefined : `${part.slice(0, part.lastIndexOf('/'))}/`;
    return this.exact(item) ?? this.within(item, siblings) ?? this.around(item);
  }

  private exact(pointer: string): DiagramMark | undefined {
    return this.marks.find(([marked]) => marked === pointer)?.[1];
  }

  /** The worst mark strictly inside `pointer`, skipping those under `skip`. */
  private within(pointer: string, skip?: string): DiagramMark | undefined {
    let found: DiagramMark | undefined;
    for (const [marked, mark] of this.marks) {
      if (!marked.startsWith(`${pointer}/`)) continue;
      if (skip !== undefined && marked.startsWith(skip)) continue;
      found = worse(found, mark);
    }
    return found;
  }

  /** The mark of the nearest container of `pointer`, below the root. */
  private around(pointer: string): DiagramMark | undefined {
    for (let end = pointer.lastIndexOf('/'); end > 0; end = pointer.lastIndexOf('/', end - 1)) {
      const mark = this.exact(pointer.slice(0, end));
      if (mark) return mark;
    }
    return undefined;
  }
}
