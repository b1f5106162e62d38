// Array-heavy work: a sieve of Eratosthenes, every permutation of 8 elements (Heap's algorithm) and a
// quicksort of pseudo-random numbers. Measures indexed reads and writes on dense arrays and loops.
function sieve(limit: number): number {
  const composite: boolean[] = [];
  for (let i = 0; i <= limit; i++) {
    composite.push(false);
  }
  let count = 0;
  let sum = 0;
  for (let i = 2; i <= limit; i++) {
    if (!composite[i]) {
      count++;
      sum = (sum + i) % 1000000007;
      for (let j = i * i; j <= limit; j += i) {
        composite[j] = true;
      }
    }
  }
  return count * 1000 + (sum % 1000);
}

/** Visits every permutation of 0..n-1 (Heap's algorithm, iterative) and folds each into a checksum. */
function permutations(n: number): number {
  const items: number[] = [];
  const counters: number[] = [];
  for (let i = 0; i < n; i++) {
    items.push(i);
    counters.push(0);
  }
  let checksum = items[0];
  let i = 1;
  while (i < n) {
    if (counters[i] < i) {
      const j = i % 2 === 0 ? 0 : counters[i];
      const t = items[j];
      items[j] = items[i];
      items[i] = t;
      checksum = (checksum * 3 + items[0] * 7 + items[n - 1]) % 1000003;
      counters[i]++;
      i = 1;
    } else {
      counters[i] = 0;
      i++;
    }
  }
  return checksum;
}

function quicksort(a: number[], lo: number, hi: number): void {
  while (hi - lo > 12) {
    const pivot = a[(lo + hi) >> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (j - lo < hi - i) {
      quicksort(a, lo, j);
      lo = i;
    } else {
      quicksort(a, i, hi);
      hi = j;
    }
  }
  for (let k = lo + 1; k <= hi; k++) {
    const v = a[k];
    let m = k - 1;
    while (m >= lo && a[m] > v) {
      a[m + 1] = a[m];
      m--;
    }
    a[m + 1] = v;
  }
}

function sortRandom(n: number): number {
  const a: number[] = [];
  let seed = 42;
  for (let i = 0; i < n; i++) {
    seed = (seed * 16807) % 2147483647;
    a.push(seed % 100000);
  }
  quicksort(a, 0, a.length - 1);
  let checksum = 0;
  for (let i = 1; i < a.length; i++) {
    if (a[i - 1] > a[i]) {
      return -1;
    }
    checksum = (checksum + a[i] * (i % 97)) % 1000003;
  }
  return checksum;
}

function bench(): number {
  return sieve(300000) + permutations(8) + sortRandom(60000);
}
