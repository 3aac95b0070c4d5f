// Validates an OpenAPI document (the file named on the command line) against the schema of its
// version; prints the result as JSON and exits 1 when it is not valid.
import { readFileSync } from "node:fs";
import { Validator } from "@seriousme/openapi-schema-validator";

const document = JSON.parse(readFileSync(process.argv[2], "utf8"));
const result = await new Validator().validate(document);
console.log(JSON.stringify(result, null, 1));
process.exit(result.valid ? 0 : 1);
