const t0 = process.cpuUsage();
const w0 = performance.now();
const spec = await import('../core/dist/spec/index.js');
const c1 = process.cpuUsage(t0);
const { readFileSync } = await import('node:fs');
const r = spec.parseSpecText(readFileSync('../../examples/demo.yaml', 'utf8'), { file: 'demo.yaml', format: 'yaml' });
const c = process.cpuUsage(t0);
console.log('import', ((c1.user + c1.system) / 1000).toFixed(0), 'total', ((c.user + c.system) / 1000).toFixed(0), 'ms cpu', (performance.now() - w0).toFixed(0), 'ms wall', r.ok);
