const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
const a = cpu();
const y = (await import('../../node_modules/js-yaml/dist/js-yaml.mjs')).default;
const b = cpu();
const { readFileSync } = await import('node:fs');
const text = readFileSync('../../examples/demo.yaml', 'utf8');
y.load(text, { schema: y.CORE_SCHEMA });
const c = cpu();
console.log('js-yaml import', (b - a).toFixed(0), 'parse', (c - b).toFixed(0));
