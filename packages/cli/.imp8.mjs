const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
const t = [['start', cpu()]];
const step = async (name, f) => { await f(); t.push([name, cpu()]); };
for (const m of process.argv.slice(2)) await step(m.replace('../core/dist/',''), () => import(m));
console.log(t.map(([n, v], i) => `${n} ${(i ? v - t[i - 1][1] : v).toFixed(0)}`).join(' | '));
