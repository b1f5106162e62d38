// -0 prints as 0 through String and as -0 through console.log.
const z = -0;
console.log(z, String(z), z + "", `${z}`, [z].join(), JSON.stringify([z]));
console.log(z.toFixed(2), (-0.0001).toFixed(2), Math.round(-0.2), Math.ceil(-0.5));
console.log(Math.sign(-0), -0 === 0, Object.is(-0 * 1, -0));
console.log({ z: -0 }, [0, -0]);
