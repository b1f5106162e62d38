// Subclasses of Error keep instanceof and can carry extra fields.
class ValidationError extends Error {
  constructor(public field: string, message: string) {
    super(message);
    this.name = "ValidationError";
  }
}
class RequiredError extends ValidationError {
  constructor(field: string) { super(field, field + " is required"); this.name = "RequiredError"; }
}
function check(o: any) {
  if (!o.name) throw new RequiredError("name");
  if (o.age < 0) throw new ValidationError("age", "age must be positive");
  return "valid";
}
for (const o of [{ name: "a", age: 1 }, { age: 1 }, { name: "b", age: -1 }]) {
  try { console.log(check(o)); }
  catch (e) {
    if (e instanceof ValidationError) console.log(e.name, e.field, e.message, e instanceof RequiredError, e instanceof Error);
  }
}
