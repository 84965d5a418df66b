var xs: [Int] = []
xs += 3
print(xs)
