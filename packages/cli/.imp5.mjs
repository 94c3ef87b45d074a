const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
const yaml = await import('yaml');
const { readFileSync } = await import('node:fs');
const text = readFileSync('../../examples/demo.yaml', 'utf8');
const mode = process.argv[2];
const t = [cpu()];
for (let i = 0; i < 5; i++) {
  if (mode === 'plain') yaml.parseDocument(text).toJS();
  else if (mode === 'nounique') yaml.parseDocument(text, { lineCounter: new yaml.LineCounter(), prettyErrors: false }).toJS();
  else if (mode === 'parser') [...new yaml.Parser().parse(text)];
  else if (mode === 'lexer') [...new yaml.Lexer().lex(text)];
  else if (mode === 'json') JSON.parse(JSON.stringify(text));
  else yaml.parseDocument(text, { lineCounter: new yaml.LineCounter(), prettyErrors: false, uniqueKeys: true }).toJS();
  t.push(cpu());
}
console.log(mode, t.slice(1).map((x, i) => (x - t[i]).toFixed(0)).join(' '));
