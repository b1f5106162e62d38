// -0 is equal to 0 but distinguishable through division and Object.is.
const nz = -0;
console.log(nz === 0, 1 / nz, Object.is(nz, 0), Object.is(nz, -0));
console.log(String(nz), `${nz}`, nz.toString(), JSON.stringify(nz));
console.log(0 * -1, -0 + 0, -0 - 0, Math.round(-0.4));
console.log([nz]);
console.log(nz);
