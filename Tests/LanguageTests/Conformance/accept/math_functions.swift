import Foundation
print(sqrt(16.0))
print(sqrt(2))
print(pow(2.0, 10.0))
print(floor(2.7), ceil(2.2), round(2.5))
print(abs(-3), abs(-2.5))
print(min(3, 7), max(2.5, 1))
