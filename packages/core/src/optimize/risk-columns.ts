/** The partner columns a risk of the register hangs on, each once, increasing. */
export function riskColumns(
  partners: readonly string[],
  index: ReadonlyMap<string, number>,
): Int32Array {
  return Int32Array.from(new Set(partners.flatMap((id) => index.get(id) ?? []))).sort();
}
