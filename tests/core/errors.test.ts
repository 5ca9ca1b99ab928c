import { MAX_MESSAGE_LENGTH, quoteInput } from "../../src/core/errors";

describe("quoteInput", () => {
  test("short input is quoted whole", () => {
    expect(quoteInput("Bergn")).toBe("'Bergn'");
    expect(quoteInput("x".repeat(58))).toBe(`'${"x".repeat(58)}'`);
  });
  test("long input is cut to 57 characters and an ellipsis: 60 with the quotes", () => {
    const quoted = quoteInput("abcdefghij".repeat(3277)); // 32,770 characters
    expect(quoted).toBe(`'${"abcdefghij".repeat(5)}abcdefg…'`);
    expect(quoted).toHaveLength(60);
    expect(quoteInput("x".repeat(59))).toBe(`'${"x".repeat(57)}…'`);
  });
  test("line breaks and control characters become spaces", () => {
    expect(quoteInput("Bergen\r\nOslo\tX\u0000")).toBe("'Bergen  Oslo X '");
  });
  test("an emoji is not cut in half", () => {
    const quoted = quoteInput("a" + "😀".repeat(40)); // 😀 is two UTF-16 units
    expect(quoted).toBe(`'a${"😀".repeat(28)}…'`);
    expect(quoted).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
  test("the message limit is 300", () => {
    expect(MAX_MESSAGE_LENGTH).toBe(300);
  });
});
