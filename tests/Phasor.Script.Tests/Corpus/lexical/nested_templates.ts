// Template literals nest: a substitution may contain another template, with its own substitutions.
const items = [{ name: "kick", steps: [1, 0, 0, 0] }, { name: "hat", steps: [0, 1, 0, 1] }];
console.log(`Pattern: ${items.map(i => `${i.name}=[${i.steps.map(s => `${s ? "x" : "."}`).join("")}]`).join(", ")}`);
const depth = (n: number): string => (n === 0 ? "core" : `(${depth(n - 1)})`);
console.log(`${depth(3)} and ${`inner ${`innermost ${1 + 1}`}`}`);
console.log(`braces in strings: ${"}"} ${'{'} ${`}`}`, `object: ${JSON.stringify({ a: { b: 1 } })}`);
console.log(`multi
line ${`nested
template`} end`);
console.log(`escapes: \${not} \` \\ ${"\u0041"}\x42\u{43}`);
const obj = { toString() { return "custom"; }, valueOf() { return 42; } };
console.log(`${obj}`, "" + obj, `${[1, [2, 3]]}`, `${null} ${undefined} ${-0} ${1e21}`);
const tag = (x: number) => `<${x > 1 ? `big ${x}` : `small ${x}`}>`;
console.log(tag(1) + tag(2));
