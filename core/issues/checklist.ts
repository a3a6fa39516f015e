// The focus checklist inside a topic issue: `- [ ] item` lines in the generated part.
// Ticks are the learner's: regenerating keeps the tick of every item whose text did
// not change.

const TASK_LINE = /^[ \t]*[-*] \[([ xX])\] (.*?)[ \t]*$/;

export interface TaskItem {
  text: string;
  checked: boolean;
}

export function parseTasks(markdown: string): TaskItem[] {
  const items: TaskItem[] = [];
  for (const line of markdown.split(/\r?\n/)) {
    const match = TASK_LINE.exec(line);
    if (match) items.push({ checked: match[1] !== " ", text: match[2]! });
  }
  return items;
}

export function countTicks(markdown: string): { checked: number; total: number } {
  const tasks = parseTasks(markdown);
  return { checked: tasks.filter((task) => task.checked).length, total: tasks.length };
}

export function renderTasks(items: readonly string[], ticked: ReadonlySet<string>): string {
  return items.map((text) => `- [${ticked.has(text) ? "x" : " "}] ${text}`).join("\n");
}
