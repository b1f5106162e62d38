// Closure-heavy work: counter and accumulator factories, function composition, memoisation through a
// captured Map, and array callbacks (map, filter, reduce, forEach) with arrows that capture locals.
function makeCounter(step: number): () => number {
  let count = 0;
  return () => {
    count += step;
    return count;
  };
}

function compose(f: (x: number) => number, g: (x: number) => number): (x: number) => number {
  return (x) => g(f(x));
}

function memoize(f: (n: number) => number): (n: number) => number {
  const cache = new Map<number, number>();
  return (n) => {
    const hit = cache.get(n);
    if (hit !== undefined) {
      return hit;
    }
    const value = f(n);
    cache.set(n, value);
    return value;
  };
}

function bench(): number {
  let total = 0;
  const counters: (() => number)[] = [];
  for (let i = 0; i < 50; i++) {
    counters.push(makeCounter(i + 1));
  }
  for (let round = 0; round < 1000; round++) {
    for (const counter of counters) {
      total = (total + counter()) % 1000003;
    }
  }

  const addOne = (x: number) => x + 1;
  const double = (x: number) => x * 2;
  let pipeline = compose(addOne, double);
  for (let i = 0; i < 5; i++) {
    pipeline = compose(pipeline, i % 2 === 0 ? addOne : (x) => x % 1009);
  }
  for (let i = 0; i < 20000; i++) {
    total = (total + pipeline(i)) % 1000003;
  }

  const slowSquare = (n: number) => {
    let s = 0;
    for (let k = 0; k < n % 50; k++) {
      s += n;
    }
    return s;
  };
  const square = memoize(slowSquare);
  for (let i = 0; i < 30000; i++) {
    total = (total + square(i % 500)) % 1000003;
  }

  const data: number[] = [];
  for (let i = 0; i < 2000; i++) {
    data.push((i * 37) % 101);
  }
  for (let round = 0; round < 15; round++) {
    const threshold = round * 5;
    const sum = data
      .map((x) => x * round + threshold)
      .filter((x) => x % 3 !== 0)
      .reduce((acc, x) => (acc + x) % 1000003, 0);
    let seen = 0;
    data.forEach((x) => {
      if (x > threshold) seen++;
    });
    total = (total + sum + seen) % 1000003;
  }
  return total;
}
