/** Row ids as the codebook spells them: "<commune>-NN" for targets, "<commune>-task-NN" for tasks, in plan order. */
export function targetId(communeId: string, i: number, n: number): string {
  return `${communeId}-${String(i + 1).padStart(n > 99 ? 3 : 2, '0')}`;
}

export function taskId(communeId: string, i: number, n: number): string {
  return `${communeId}-task-${String(i + 1).padStart(n > 99 ? 3 : 2, '0')}`;
}
