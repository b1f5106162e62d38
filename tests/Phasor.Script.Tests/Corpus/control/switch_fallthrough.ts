// Cases without break fall through to the next case.
function describe(n: number) {
  const out: string[] = [];
  switch (n) {
    case 0: out.push("zero");
    case 1: out.push("one"); break;
    case 2: out.push("two");
    case 3: out.push("three");
    default: out.push("default");
    case 4: out.push("four");
  }
  return out.join(" ");
}
for (let i = 0; i <= 5; i++) console.log(i, describe(i));
