const t0 = process.cpuUsage();
const w0 = performance.now();
for (const m of process.argv.slice(2)) await import(m);
const c = process.cpuUsage(t0);
console.log(process.argv.slice(2).join(' '), ((c.user + c.system) / 1000).toFixed(0), 'ms cpu', (performance.now() - w0).toFixed(0), 'ms wall');
