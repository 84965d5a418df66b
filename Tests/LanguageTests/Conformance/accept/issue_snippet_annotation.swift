let mean: Double = 7 / 2
print(mean)
