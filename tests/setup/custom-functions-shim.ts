// Tests run in Node, where Excel's CustomFunctions global does not exist: install the same stand-in
// the add-in uses outside Excel, before any test imports the functions.
import "../../src/functions/standalone-runtime";
