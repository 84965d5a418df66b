// String(format:) conversions of numbers as the C library writes them; %d reads 32 bits, %ld 64, as in Swift.
import Foundation
let values = [0.0, -0.0, 1.5, 2.675, 1e-7, 123456789.987654321, -1e300, .infinity, -.infinity, .nan, 0.125, 5e-324]
for v in values { print(String(format: "%f|%.2f|%10.3f|%-10.1f|%+.0f|%e|%.3E|%g|%G|%#.0f|%010.4f", v, v, v, v, v, v, v, v, v, v, v)) }
for n in [0, 7, -42, Int.max, Int.min, 255] { print(String(format: "%d|%5d|%-5d|%05d|%+d|%x|%X|%o|%#x|%i", n, n, n, n, n, n, n, n, n, n)) }
print(String(format: "%.3f%% of %@ (%d items)", 12.3456, "total", 3))
print(String(format: "%.1000f", 1.0).count)
print(String(format: "%ld|%lld|%lx|%hd|%hhd|%qd|%zd", Int.max, Int.min, -1, 70000, 300, 5, 6))
print(String(format: "%d", 3_000_000_000))
