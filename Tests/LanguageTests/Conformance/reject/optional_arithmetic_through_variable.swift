let sizes = ["hidden": 64, "output": 10]
let hidden = sizes["hidden"]
let doubled = hidden * 2
print(doubled)
