package org.onetrip.organisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.onetrip.organisation.api.Department;
import org.onetrip.organisation.query.DepartmentDirectory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Departments")
public class DepartmentController {

    private final DepartmentDirectory departments;

    public DepartmentController(DepartmentDirectory departments) {
        this.departments = departments;
    }

    @GetMapping("/api/public/departments")
    @Operation(summary = "The township's departments and village committees, with their codes")
    public List<Department> departments() {
        return departments.all();
    }
}
