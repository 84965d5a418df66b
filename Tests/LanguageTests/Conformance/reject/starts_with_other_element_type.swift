let readings = [3, 1, 4]
let prefix = ["3"]
print(readings.starts(with: prefix))
