import Foundation
// %@ writes a description and ignores a width, as Foundation does.
print(String(format: "[%8@|%-8@|%@]", "ab", "cd", "ef"))
print(String(format: "[%5.1f|%-6d|%+d]", 3.14159, 42, 5))
