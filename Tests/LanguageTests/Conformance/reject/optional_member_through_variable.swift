let history: [String: [Double]] = ["loss": [0.9, 0.5, 0.2]]
let losses = history["loss"]
print(losses.count)
