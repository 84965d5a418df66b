struct Sample { var value: Double; var label: String }
let count = 3
let s = Sample(value: count, label: "n")
print(s)
