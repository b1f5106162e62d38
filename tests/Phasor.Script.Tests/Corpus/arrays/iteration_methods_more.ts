// Less common array methods: flatMap, reduceRight, findLast, at, toReversed, lastIndexOf, fill ranges.
const words = ["one two", "three", "four five six"];
console.log(words.flatMap(w => w.split(" ")).join("|"));
console.log([1, 2, 3].flatMap(n => [n, [n * 10]]).length, JSON.stringify([1, 2].flatMap(n => [[n]])));
console.log([1, 2, 3, 4].reduceRight((acc, n) => acc + "-" + n, "start"));
console.log([[1, 2], [3], [4, 5]].reduceRight((acc, a) => acc.concat(a), [] as number[]).join());
try { [].reduceRight((a: number, b: number) => a + b); } catch (e) { console.log((e as Error).name); }
const nums = [5, 12, 8, 130, 44];
console.log(nums.findLast(n => n > 10), nums.findLastIndex(n => n > 10), nums.findLast(n => n > 1000), nums.findLastIndex(n => n < 0));
console.log(nums.at(0), nums.at(-1), nums.at(-5), nums.at(5), nums.at(-6), nums.at(1.7), nums.at("2" as any));
console.log(nums.toReversed().join(), nums.join());
console.log([1, 2, 1, 2].lastIndexOf(2), [1, 2, 1, 2].lastIndexOf(2, 2), [1, 2, 1, 2].lastIndexOf(2, -3), [NaN].lastIndexOf(NaN), [NaN].includes(NaN), [NaN].indexOf(NaN));
console.log(new Array(5).fill(0, 1, 3).join(), [1, 2, 3, 4, 5].fill(9, -2).join(), [1, 2, 3].fill(7, 5).join(), [1, 2, 3].fill(8, 1, -1).join());
console.log([0, 1, 2].some(n => n > 1), [].some(() => true), [].every(() => false), [2, 4].every(n => n % 2 === 0));
console.log([3, 1, 2].map((n, i, arr) => n * i + arr.length).join(), [1, 2, 3].filter((n, i) => i !== 1).join());
console.log(Array.of(7).length, Array.of(1, 2, 3).join(), Array.from({ length: 3 }, (_, i) => i * i).join());
console.log([1, [2, [3, [4]]]].flat().length, [1, [2, [3, [4]]]].flat(Infinity).join(), [[], [[]]].flat().length);
console.log(["a", "b", "c"].entries().next().value!.join(":"), [...["a", "b"].keys()].join(), [...["x", "y"].values()].join());
