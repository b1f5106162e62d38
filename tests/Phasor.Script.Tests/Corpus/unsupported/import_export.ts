// Out of scope for now: modules. Expected: "not supported" at "import" and at "export".
import { note } from "./music";
const x = 1;
export const y = x;
