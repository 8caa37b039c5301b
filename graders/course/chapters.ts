/**
 * The chapters of the course, in reading order. The sidebar and the home page both read this list,
 * so a new chapter is declared once: add its folder under `content/` and a line here.
 */
export interface Chapter {
  /** Folder name under `content/` and the first segment of its lessons' URLs. */
  slug: string;
  /** The chapter's title in the sidebar and on the home page. */
  label: string;
}

export const chapters: readonly Chapter[] = [
  { slug: 'guide', label: 'Using this course' },
  { slug: 'architecture-patterns', label: 'System Architecture Patterns' },
];
