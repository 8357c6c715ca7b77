// Saves bytes as a file the browser downloads (the task pane's way to hand the office a file).
export function downloadBytes(bytes: Uint8Array, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  // Revoked later: the download may start after this returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
