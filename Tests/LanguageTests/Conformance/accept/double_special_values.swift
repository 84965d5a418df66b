print(Double.pi)
print(1.0 / 0.0)
print(Double.infinity > 1e308)
let z = 0.0
print((z / z).isNaN)
