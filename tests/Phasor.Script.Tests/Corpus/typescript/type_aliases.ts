// Type aliases, unions, intersections and literal types.
type Id = number | string;
type Pair<T> = [T, T];
type Named = { name: string };
type Aged = { age: number };
type Person = Named & Aged;
type Direction = "up" | "down";
const ids: Id[] = [1, "two"];
const pair: Pair<number> = [1, 2];
const who: Person = { name: "ann", age: 30 };
const dir: Direction = "up";
console.log(ids.join(), pair[0] + pair[1], who.name, who.age, dir);
type Handler = (event: string) => void;
const h: Handler = e => console.log("event", e);
h("click");
