let n = 3
let limit = 2.5
if n > limit { print("big") }
