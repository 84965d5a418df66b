var ages = ["ann": 31]
ages["bob"] = 25
print(ages["ann"]!, ages["zed"] == nil)
print(ages.count)
ages["ann"] = nil
print(ages)
