/**
 * The outline of a guide, read from its MDX: the steps and troubleshooting entries with their
 * stable ids and titles, and whether it has a diagnosis. The table of contents is built from it.
 */
export interface OutlineEntry {
  id: string;
  title: string;
}

export interface GuideOutline {
  diagnosis: OutlineEntry | null;
  steps: OutlineEntry[];
  problems: OutlineEntry[];
}

const attribute = (attrs: string, name: string) => new RegExp(`(?:^|\\s)${name}=(?:"([^"]*)"|\\{\\s*(\\d+)\\s*\\})`).exec(attrs);
const openingTags = (body: string, name: string) => [...body.matchAll(new RegExp(`<${name}\\s([^>]*?)\\/?>`, 'g'))].map((m) => m[1]!);
const value = (attrs: string, name: string) => {
  const match = attribute(attrs, name);
  return match ? (match[1] ?? match[2] ?? '') : '';
};

export function guideOutline(body: string): GuideOutline {
  const diagnosis = openingTags(body, 'Diagnosis')[0];
  return {
    diagnosis: diagnosis === undefined ? null : { id: 'diagnosis-title', title: value(diagnosis, 'title') },
    steps: openingTags(body, 'Step').map((attrs) => ({ id: `step-${value(attrs, 'n')}`, title: value(attrs, 'title') })),
    problems: openingTags(body, 'Problem').map((attrs) => ({ id: `problem-${value(attrs, 'id')}`, title: value(attrs, 'title') })),
  };
}
