var stats = {
    type: "GROUP",
name: "All Requests",
path: "",
pathFormatted: "group_missing-name",
stats: {
    "name": "All Requests"
},
contents: {
"req_a": {
        type: "REQUEST",
        name: "departments, anonymous [8]",
path: "departments, anonymous [8]",
pathFormatted: "req_a",
stats: {
    "name": "departments, anonymous [8]",
    "numberOfRequests": {
        "total": "20000",
        "ok": "20000",
        "ko": "0"
    },
    "percentiles1": {
        "total": "3",
        "ok": "3",
        "ko": "-"
    },
    "percentiles3": {
        "total": "8",
        "ok": "8",
        "ko": "-"
    },
    "percentiles4": {
        "total": "12",
        "ok": "12",
        "ko": "-"
    },
    "meanNumberOfRequestsPerSecond": {
        "total": "1.0",
        "ok": "1.0",
        "ko": "-"
    }
}
    },
"req_b": {
        type: "REQUEST",
        name: "departments, bearer [8]",
path: "departments, bearer [8]",
pathFormatted: "req_b",
stats: {
    "name": "departments, bearer [8]",
    "numberOfRequests": {
        "total": "18000",
        "ok": "18000",
        "ko": "0"
    },
    "percentiles1": {
        "total": "4",
        "ok": "4",
        "ko": "-"
    },
    "percentiles3": {
        "total": "9",
        "ok": "9",
        "ko": "-"
    },
    "percentiles4": {
        "total": "14",
        "ok": "14",
        "ko": "-"
    },
    "meanNumberOfRequestsPerSecond": {
        "total": "1.0",
        "ok": "1.0",
        "ko": "-"
    }
}
    },
"req_c": {
        type: "REQUEST",
        name: "departments, basic [8]",
path: "departments, basic [8]",
pathFormatted: "req_c",
stats: {
    "name": "departments, basic [8]",
    "numberOfRequests": {
        "total": "500",
        "ok": "500",
        "ko": "0"
    },
    "percentiles1": {
        "total": "300",
        "ok": "300",
        "ko": "-"
    },
    "percentiles3": {
        "total": "400",
        "ok": "400",
        "ko": "-"
    },
    "percentiles4": {
        "total": "500",
        "ok": "500",
        "ko": "-"
    },
    "meanNumberOfRequestsPerSecond": {
        "total": "1.0",
        "ok": "1.0",
        "ko": "-"
    }
}
    },
"req_d": {
        type: "REQUEST",
        name: "staff search 低保, API [8]",
path: "staff search 低保, API [8]",
pathFormatted: "req_d",
stats: {
    "name": "staff search 低保, API [8]",
    "numberOfRequests": {
        "total": "3000",
        "ok": "3000",
        "ko": "0"
    },
    "percentiles1": {
        "total": "40",
        "ok": "40",
        "ko": "-"
    },
    "percentiles3": {
        "total": "60",
        "ok": "60",
        "ko": "-"
    },
    "percentiles4": {
        "total": "80",
        "ok": "80",
        "ko": "-"
    },
    "meanNumberOfRequestsPerSecond": {
        "total": "1.0",
        "ok": "1.0",
        "ko": "-"
    }
}
    },
"req_e": {
        type: "REQUEST",
        name: "staff search 低保, Elasticsearch directly [8]",
path: "staff search 低保, Elasticsearch directly [8]",
pathFormatted: "req_e",
stats: {
    "name": "staff search 低保, Elasticsearch directly [8]",
    "numberOfRequests": {
        "total": "4000",
        "ok": "4000",
        "ko": "0"
    },
    "percentiles1": {
        "total": "30",
        "ok": "30",
        "ko": "-"
    },
    "percentiles3": {
        "total": "50",
        "ok": "50",
        "ko": "-"
    },
    "percentiles4": {
        "total": "70",
        "ok": "70",
        "ko": "-"
    },
    "meanNumberOfRequestsPerSecond": {
        "total": "1.0",
        "ok": "1.0",
        "ko": "-"
    }
}
    },
"req_f": {
        type: "REQUEST",
        name: "citizen files [32]",
path: "citizen files [32]",
pathFormatted: "req_f",
stats: {
    "name": "citizen files [32]",
    "numberOfRequests": {
        "total": "12003",
        "ok": "12000",
        "ko": "3"
    },
    "percentiles1": {
        "total": "50",
        "ok": "50",
        "ko": "-"
    },
    "percentiles3": {
        "total": "120",
        "ok": "120",
        "ko": "-"
    },
    "percentiles4": {
        "total": "240",
        "ok": "240",
        "ko": "-"
    },
    "meanNumberOfRequestsPerSecond": {
        "total": "1.0",
        "ok": "1.0",
        "ko": "-"
    }
}
    }
}

};

function fillStats(stat){
    $("#numberOfRequests").append(stat.numberOfRequests.total);
}
