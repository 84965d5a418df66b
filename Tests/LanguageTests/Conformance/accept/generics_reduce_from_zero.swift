func total<T: AdditiveArithmetic>(_ xs: [T]) -> T { xs.reduce(.zero, +) }
print(total([1, 2]), total([0.5, 0.25]))
