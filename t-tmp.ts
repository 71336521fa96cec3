import { draftQuestions } from './src/core/drafting/draftQuestions';
import fs from 'node:fs';
for (const f of fs.readdirSync('/work/shared/articles').filter(f=>f.endsWith('.txt'))) {
const t = fs.readFileSync('/work/shared/articles/'+f,'utf8');
const t0=Date.now();
const r = draftQuestions(t);
console.log('=====', f, r.drafts.length, Date.now()-t0, 'ms', r.notices);
for (const d of r.drafts) { const q:any=d.question; console.log(q.id, '|', q.prompt, '|', q.text ?? '', JSON.stringify(q.answer ?? q.choices ?? q.items), q.unit??'', JSON.stringify(q.tolerance ?? '')); }
}
