// Keys that are not identifiers are quoted; integer keys come first.
console.log({ "with space": 1, "dash-key": 2, valid_id: 3, $dollar: 4, 10: 5, "01": 6, "": 7 });
console.log({ "it's": 1, 'say "x"': 2 });
console.log({ 1.5: "a", "-1": "b", 2: "c" });
