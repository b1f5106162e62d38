// Out of scope: tagged templates. Expected: "not supported" at the template after the tag.
function tag(strings: TemplateStringsArray, ...values: unknown[]) { return strings.join("|") + values.length; }
console.log(tag`a${1}b`);
